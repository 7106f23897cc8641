namespace RoleBot.Hosting;

/// <summary>A configuration problem that stops RoleBot from starting; the message is one line for the operator.</summary>
public sealed class StartupException(string message) : Exception(message);
