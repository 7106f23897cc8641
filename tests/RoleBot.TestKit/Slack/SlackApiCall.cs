using System.Text.Json.Nodes;

namespace RoleBot.TestKit.Slack;

/// <summary>One request RoleBot sent to the fake: the Web API method (or "response_url"), its Authorization header and JSON body.</summary>
public sealed record SlackApiCall(string Method, string? Authorization, JsonObject Body, string? ContentType);
