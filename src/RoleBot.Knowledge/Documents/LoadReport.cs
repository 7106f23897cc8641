namespace RoleBot.Knowledge.Documents;

/// <summary>A file that was skipped or read with a problem, with the reason in one line.</summary>
public sealed record LoadWarning(string SourcePath, string Message)
{
    public override string ToString() => $"{SourcePath}: {Message}";
}

/// <summary>How far reading a folder has got: files done of total, and the file being read.</summary>
public readonly record struct LoadProgress(int Done, int Total, string Current);
