using System.Text.Json.Serialization;
using RoleBot.Knowledge.Passages;

namespace RoleBot.Knowledge.Index;

[JsonSerializable(typeof(Passage))]
[JsonSerializable(typeof(List<Passage>))]
internal sealed partial class PassageJson : JsonSerializerContext;
