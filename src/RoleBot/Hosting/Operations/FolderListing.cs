using System.Text;

namespace RoleBot.Hosting.Operations;

/// <summary>
/// A cheap signature of a folder for polling: every path with its size and modification time (no content is read).
/// Empty when the folder does not exist.
/// </summary>
internal static class FolderListing
{
    public static string Of(string folder)
    {
        try
        {
            var text = new StringBuilder("folder");
            var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 };
            foreach (var file in new DirectoryInfo(folder).EnumerateFiles("*", options).OrderBy(f => f.FullName, StringComparer.Ordinal))
            {
                text.Append('\n').Append(file.FullName).Append('|').Append(file.Length).Append('|').Append(file.LastWriteTimeUtc.Ticks);
            }

            return text.ToString();
        }
        catch (Exception ex) when (ex is DirectoryNotFoundException or IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }
}
