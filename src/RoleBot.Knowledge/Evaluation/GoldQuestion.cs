using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoleBot.Knowledge.Answers;

/// <summary>One line of a gold set: the question, words any good excerpt contains, and whether it is answerable.</summary>
public sealed record GoldQuestion(
    [property: JsonPropertyName("q")] string Q,
    [property: JsonPropertyName("expect_any")] IReadOnlyList<string>? ExpectAny,
    [property: JsonPropertyName("answerable")] bool Answerable)
{
    /// <summary>What kind of question it is ("casual", "compare-roles", "off-topic", ...), for per-kind figures.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; init; }

    /// <summary>Reads a JSON Lines gold file; a malformed line is reported with its number.</summary>
    public static List<GoldQuestion> ReadAll(string path)
    {
        var result = new List<GoldQuestion>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            try
            {
                var gold = JsonSerializer.Deserialize(line, EvaluationJson.Default.GoldQuestion);
                if (gold?.Q is null)
                {
                    throw new JsonException("no \"q\"");
                }

                result.Add(gold);
            }
            catch (JsonException ex)
            {
                throw new FormatException($"{Path.GetFileName(path)} line {number}: not a gold question ({ex.Message})", ex);
            }
        }

        return result;
    }
}
