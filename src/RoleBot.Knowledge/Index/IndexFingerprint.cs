using System.Security.Cryptography;
using System.Text;
using RoleBot.Knowledge.Documents;

namespace RoleBot.Knowledge.Index;

/// <summary>
/// A hash of the knowledge folder's file names, sizes and modification times (and RoleBot's version), stored beside an
/// on-disk index so the index is rebuilt exactly when the knowledge changed.
/// </summary>
internal static class IndexFingerprint
{
    private const string FileName = "rolebot.fingerprint";

    public static string Of(string folder)
    {
        var text = new StringBuilder(typeof(IndexFingerprint).Assembly.ManifestModule.ModuleVersionId.ToString());
        foreach (var file in System.IO.Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var info = new FileInfo(file);
            text.Append('\n').Append(Path.GetRelativePath(folder, file)).Append('|').Append(info.Length).Append('|').Append(info.LastWriteTimeUtc.Ticks);
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public static bool Matches(string indexPath, string fingerprint)
    {
        var path = Path.Combine(indexPath, FileName);
        return File.Exists(path) && File.ReadAllText(path).Trim() == fingerprint;
    }

    public static void Write(string indexPath, string fingerprint) => File.WriteAllText(Path.Combine(indexPath, FileName), fingerprint);
}
