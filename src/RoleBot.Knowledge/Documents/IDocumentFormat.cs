namespace RoleBot.Knowledge.Documents;

/// <summary>Turns one kind of file into a <see cref="SourceDocument"/>. One implementation per format.</summary>
public interface IDocumentFormat
{
    /// <summary>File extensions this format reads, lower case with the dot (".md").</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <summary>Parses <paramref name="content"/>; throws <see cref="InvalidDocumentException"/> when it cannot.</summary>
    SourceDocument Read(string sourcePath, string content);
}

/// <summary>A file that cannot be turned into a document; the loader skips it with a warning.</summary>
public sealed class InvalidDocumentException(string message, Exception? inner = null) : Exception(message, inner);
