using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/RoleBot.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
