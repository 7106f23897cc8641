using BenchmarkDotNet.Running;
using RoleBot.Benchmarks;

// dotnet run -c Release --project tests/RoleBot.Benchmarks -- --filter '*'   (BenchmarkDotNet, figures of record)
// dotnet run -c Release --project tests/RoleBot.Benchmarks -- quick          (a fast sanity run)
if (args is ["quick"])
{
    QuickTiming.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(AskBenchmarks).Assembly).Run(args);
