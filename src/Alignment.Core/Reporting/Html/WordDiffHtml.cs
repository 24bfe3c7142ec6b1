using System.Net;
using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;

namespace Alignment.Core.Reporting.Html;

/// <summary>A suggestion as a word-level diff against the sentence it corrects: removed words struck, added words marked.</summary>
internal static class WordDiffHtml
{
    public static string Render(string before, string after)
    {
        var diff = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, WordChunker.Instance);
        var html = new StringBuilder();
        var b = 0;
        foreach (var block in diff.DiffBlocks)
        {
            Append(html, null, diff.PiecesNew, b, block.InsertStartB - b);
            Append(html, "del", diff.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            Append(html, "ins", diff.PiecesNew, block.InsertStartB, block.InsertCountB);
            b = block.InsertStartB + block.InsertCountB;
        }

        Append(html, null, diff.PiecesNew, b, diff.PiecesNew.Count - b);
        return html.ToString();
    }

    private static void Append(StringBuilder html, string? tag, IReadOnlyList<string> pieces, int start, int count)
    {
        if (count <= 0)
        {
            return;
        }

        var text = WebUtility.HtmlEncode(string.Concat(pieces.Skip(start).Take(count)));
        html.Append(tag is null ? text : $"<{tag}>{text}</{tag}>");
    }
}
