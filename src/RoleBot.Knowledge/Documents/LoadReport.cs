namespace RoleBot.Knowledge.Documents;

/// <summary>A file that was skipped or read with a problem, with the reason in one line.</summary>
public sealed record LoadWarning(string SourcePath, string Message)
{
    public override string ToString() => $"{SourcePath}: {Message}";
}
