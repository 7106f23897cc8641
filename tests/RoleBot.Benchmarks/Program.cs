using BenchmarkDotNet.Running;
using RoleBot.Benchmarks;

// dotnet run -c Release --project tests/RoleBot.Benchmarks -- --filter '*'   (BenchmarkDotNet, figures of record)
// dotnet run -c Release --project tests/RoleBot.Benchmarks -- quick          (a fast sanity run)
// dotnet run -c Release --project tests/RoleBot.Benchmarks -- quick-load [20000] [hybrid]   (median load of a 20k-passage folder, lexical or vectors from a cache; quick-build: in memory)
// dotnet run -c Release --project tests/RoleBot.Benchmarks -- rss [100000]      (resident memory of a hybrid knowledge with hashed vectors, then of a restart from its vector cache)
// dotnet run -c Release --project tests/RoleBot.Benchmarks -- synthetic-folder DIR 10000   (writes a synthetic knowledge folder)
if (args is ["quick"])
{
    QuickTiming.Run();
    return;
}

if (args is ["quick-load", ..])
{
    LoadTiming.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20_000, hybrid: args is [_, _, "hybrid"]);
    return;
}

if (args is ["quick-build", ..])
{
    LoadTiming.RunInMemory(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20_000);
    return;
}

if (args is ["rss", ..])
{
    MemoryFigure.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000);
    return;
}

if (args is ["rss-reload", var count, var cache])
{
    MemoryFigure.Measure(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), cache);
    return;
}

if (args is ["synthetic-folder", var folder, var passages])
{
    SyntheticFolder.Write(folder, int.Parse(passages, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(AskBenchmarks).Assembly).Run(args);
