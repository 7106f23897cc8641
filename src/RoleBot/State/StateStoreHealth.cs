namespace RoleBot.State;

/// <summary>
/// Whether the shared state store (Redis) is reachable, for /readyz. In process there is nothing to reach. While Redis
/// is unreachable RoleBot still answers, only without de-duplication, conversation context and feedback storage.
/// </summary>
public class StateStoreHealth
{
    /// <summary>False while the shared store is unreachable.</summary>
    public virtual bool IsHealthy => true;

    /// <summary>A generic word for /readyz: "in process", "redis" or "redis unreachable".</summary>
    public virtual string Describe() => "in process";
}
