using Microsoft.Extensions.Logging;
using RoleBot.Knowledge.Documents.Formats;

namespace RoleBot.Knowledge.Documents;

/// <summary>Reads every supported file under a folder; a file that cannot be read is skipped with a warning.</summary>
public sealed class DocumentLoader(IEnumerable<IDocumentFormat> formats, ILogger<DocumentLoader> logger)
{
    /// <summary>Largest file read, in bytes (default 8 MiB); bigger files are skipped with a warning.</summary>
    public const long MaxFileBytes = 8 * 1024 * 1024;

    /// <summary>File names in the knowledge folder that configure RoleBot rather than hold knowledge.</summary>
    public static readonly IReadOnlySet<string> ReservedFiles = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { Glossary.GlossaryFile.FileName, "README.md", "experts.yml", "channels.yml" };

    private readonly Dictionary<string, IDocumentFormat> _byExtension = formats
        .SelectMany(f => f.Extensions.Select(e => (e, f)))
        .ToDictionary(p => p.e, p => p.f, StringComparer.OrdinalIgnoreCase);

    public static DocumentLoader CreateDefault(ILogger<DocumentLoader>? logger = null) =>
        new([new MarkdownFormat(), new PlainTextFormat(), new HtmlFormat(), new PdfFormat(), new DocxFormat()], logger ?? Microsoft.Extensions.Logging.Abstractions.NullLogger<DocumentLoader>.Instance);

    /// <summary>Files under <paramref name="folder"/> that the loader would consider, in a stable order.</summary>
    public static IEnumerable<string> EnumerateFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Where(f => !ReservedFiles.Contains(Path.GetRelativePath(folder, f)))
            .Order(StringComparer.Ordinal);

    public (IReadOnlyList<SourceDocument> Documents, IReadOnlyList<LoadWarning> Warnings) LoadFolder(string folder, IProgress<LoadProgress>? progress = null)
    {
        var documents = new List<SourceDocument>();
        var warnings = new List<LoadWarning>();
        var files = EnumerateFiles(folder).ToList();
        foreach (var file in files)
        {
            progress?.Report(new LoadProgress(documents.Count + warnings.Count, files.Count, Path.GetFileName(file)));
            var relative = Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/');
            var (document, warning) = LoadFile(file, relative);
            if (document is not null)
            {
                documents.Add(document);
            }

            if (warning is not null)
            {
                warnings.Add(warning);
                Log.DocumentSkipped(logger, warning.SourcePath, warning.Message);
            }
        }

        return (documents, warnings);
    }

    /// <summary>Reads one file; never throws for bad content.</summary>
    public (SourceDocument? Document, LoadWarning? Warning) LoadFile(string file, string relativePath)
    {
        if (!_byExtension.TryGetValue(Path.GetExtension(file), out var format))
        {
            return (null, new LoadWarning(relativePath, $"skipped: unsupported file type '{Path.GetExtension(file)}' (supported: {string.Join(", ", _byExtension.Keys.Order())})"));
        }

        try
        {
            var info = new FileInfo(file);
            if (info.Length > MaxFileBytes)
            {
                return (null, new LoadWarning(relativePath, $"skipped: {info.Length:N0} bytes is over the {MaxFileBytes:N0}-byte limit"));
            }

            var bytes = KnowledgeFile.ReadAtMost(file, MaxFileBytes);
            SourceDocument document;
            if (format is IBinaryDocumentFormat binary)
            {
                document = binary.Read(relativePath, bytes);
            }
            else if (bytes.AsSpan(0, Math.Min(bytes.Length, 8192)).Contains((byte)0))
            {
                return (null, new LoadWarning(relativePath, "skipped: binary content, not text"));
            }
            else
            {
                document = format.Read(relativePath, System.Text.Encoding.UTF8.GetString(bytes));
            }

            // A document that does not say when it was last updated is as fresh as its file.
            if (document.Metadata.Updated is null)
            {
                document = document with { Metadata = document.Metadata with { Updated = new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero) } };
            }

            return (document, document.Warning is null ? null : new LoadWarning(relativePath, OneLine(document.Warning)));
        }
        catch (InvalidDocumentException ex)
        {
            return (null, new LoadWarning(relativePath, $"skipped: {OneLine(ex.Message)}"));
        }
        catch (IOException ex)
        {
            return (null, new LoadWarning(relativePath, $"skipped: cannot read ({ex.Message})"));
        }
        catch (UnauthorizedAccessException)
        {
            return (null, new LoadWarning(relativePath, "skipped: permission denied"));
        }
#pragma warning disable CA1031 // One malformed file must never stop the rest from being indexed.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return (null, new LoadWarning(relativePath, $"skipped: {ex.GetType().Name}: {OneLine(ex.Message)}"));
        }
    }

    /// <summary>Warnings are one line each (logs, `index` output, /readyz); parser messages sometimes are not.</summary>
    private static string OneLine(string message) => TextCleanup.Normalize(message);
}
