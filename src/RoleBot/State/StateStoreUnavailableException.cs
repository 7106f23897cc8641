namespace RoleBot.State;

/// <summary>The shared state store is unreachable right now; callers answer without it (a vote gets 503).</summary>
public sealed class StateStoreUnavailableException(string message) : Exception(message);
