using RoleBot.Cli;
using RoleBot.Hosting;

// One executable: a CLI verb (ask, index, eval, ...) when the first argument names one, otherwise the web host.
return CliApp.IsVerb(args)
    ? await CliApp.RunAsync(args)
    : await RoleBotWebHost.RunAsync(args);
