namespace RoleBot.TestKit;

/// <summary>Paths inside this repository (tests never read outside it).</summary>
public static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    /// <summary>The default knowledge folder, knowledge/.</summary>
    public static string Knowledge => Path.Combine(RepoRoot, "knowledge");

    /// <summary>Sample documents kept with the test kit.</summary>
    public static string Samples => Path.Combine(RepoRoot, "tests", "RoleBot.TestKit", "Samples");

    /// <summary>A fresh empty folder under the system temp directory, removed by the caller's <see cref="TempFolder"/>.</summary>
    public static TempFolder NewTempFolder() => new();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RoleBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("RoleBot.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A temporary folder deleted on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "rolebot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relativePath, string content)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    /// <summary>Copies every file of <paramref name="source"/> into this folder.</summary>
    public TempFolder CopyFrom(string source)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(Path, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return this;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
