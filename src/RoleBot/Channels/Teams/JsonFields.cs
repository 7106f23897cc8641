using System.Text.Json;
using System.Text.Json.Nodes;

namespace RoleBot.Channels.Teams;

/// <summary>
/// Reads members of activity JSON the channel controls (value, entities): a missing or mistyped member reads as null.
/// JsonNode's own indexers throw on a node of the wrong kind, and a channel's mistake must not become a 500.
/// </summary>
internal static class JsonFields
{
    /// <summary>Parser settings for activities and the JSON inside them: duplicate keys are an error.</summary>
    public static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false };

    /// <summary><paramref name="node"/>.<paramref name="name"/> when node is an object and that member is a JSON string.</summary>
    public static string? Str(JsonNode? node, string name) =>
        node is JsonObject obj && obj.TryGetPropertyValue(name, out var value) && value is JsonValue v && v.GetValueKind() == JsonValueKind.String
            ? v.GetValue<string>()
            : null;

    /// <summary><paramref name="node"/>.<paramref name="name"/> when node is an object and that member is an object.</summary>
    public static JsonObject? Obj(JsonNode? node, string name) =>
        node is JsonObject obj && obj.TryGetPropertyValue(name, out var value) ? value as JsonObject : null;

    /// <summary>The kind of <paramref name="node"/>.<paramref name="name"/>; Undefined when absent (or node is no object), Null for JSON null.</summary>
    public static JsonValueKind Kind(JsonNode? node, string name) =>
        node is JsonObject obj && obj.TryGetPropertyValue(name, out var value)
            ? value?.GetValueKind() ?? JsonValueKind.Null
            : JsonValueKind.Undefined;
}
