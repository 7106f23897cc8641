namespace RoleBot.Knowledge.Documents;

/// <summary>Turns one kind of file into a <see cref="SourceDocument"/>. One implementation per format.</summary>
public interface IDocumentFormat
{
    /// <summary>File extensions this format reads, lower case with the dot (".md").</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <summary>Parses <paramref name="content"/>; throws <see cref="InvalidDocumentException"/> when it cannot.</summary>
    SourceDocument Read(string sourcePath, string content);
}

/// <summary>
/// A format whose files are binary containers (PDF, Word): the loader hands it the file's bytes instead of decoding
/// them as UTF-8 text, and does not reject them for holding NUL bytes.
/// </summary>
public interface IBinaryDocumentFormat : IDocumentFormat
{
    /// <summary>Parses the file's bytes; throws <see cref="InvalidDocumentException"/> when it cannot.</summary>
    SourceDocument Read(string sourcePath, byte[] content);

    SourceDocument IDocumentFormat.Read(string sourcePath, string content) =>
        throw new InvalidDocumentException("this format is read from the file's bytes, not from text");
}

/// <summary>A file that cannot be turned into a document; the loader skips it with a warning.</summary>
public sealed class InvalidDocumentException(string message, Exception? inner = null) : Exception(message, inner);
