namespace Alignment.Core.Reporting.Sarif;

/// <summary>
/// A file path as a SARIF artifact URI: relative paths stay relative (GitHub resolves them against the repository
/// root, which is where CI runs the tool), absolute ones become file: URIs; segments are percent-encoded.
/// </summary>
internal static class ArtifactUri
{
    public static string Of(string path)
    {
        var normal = path.Replace('\\', '/');
        if (Path.IsPathRooted(path))
        {
            return new Uri(Path.GetFullPath(path)).AbsoluteUri;
        }

        var segments = normal.Split('/').Where(s => s is not ("" or ".")).Select(Uri.EscapeDataString);
        return string.Join('/', segments);
    }
}
