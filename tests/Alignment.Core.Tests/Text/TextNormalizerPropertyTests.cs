using Alignment.Core.Tests.Support;
using Alignment.Core.Text;
using CsCheck;

namespace Alignment.Core.Tests.Text;

public sealed class TextNormalizerPropertyTests
{
    // Pieces of text the normalizer treats each its own way, with what each should read as.
    private static readonly (string Text, string Reads)[] Pieces =
    [
        ("한", "한"), (Jamo.Decompose("한"), "한"), (Jamo.Decompose("가"), "가"), ("가\u11A8", "각"), ("a", "a"), (" ", " "),
        ("\n", "\n"), ("\r\n", "\r\n"), ("\u00A0", " "), ("\u200B", ""), ("\u00AD", ""), ("&quot;", "\""),
        ("&amp;", "&"), ("R&D", "R&D"), ("\u1100", "\u1100"), ("😀", "😀"), (".", "."), ("Ｇ", "G"),
    ];

    [Fact]
    public void Should_read_any_mix_of_pieces_as_their_normal_forms_with_offsets_back_into_the_file()
    {
        Gen.Int[0, Pieces.Length - 1].Array[0, 40].Sample(indices =>
        {
            var pieces = indices.Select(i => Pieces[i]).ToArray();
            var text = string.Concat(pieces.Select(p => p.Text));
            var normalized = TextNormalizer.Normalize(SourceText.FromString(text));
            var analysis = normalized.Analysis.Text;

            analysis.ShouldBe(string.Concat(pieces.Select(p => p.Reads)));
            normalized.Map.ToOriginal(analysis.Length).ShouldBe(text.Length);

            // Where a piece starts in the analysis it starts in the file: spans between pieces map exactly.
            var (at, original) = (0, 0);
            foreach (var piece in pieces)
            {
                if (piece.Reads.Length > 0)
                {
                    normalized.Map.ToOriginal(at).ShouldBe(original);
                }

                (at, original) = (at + piece.Reads.Length, original + piece.Text.Length);
            }

            for (var i = 1; i <= analysis.Length; i++)
            {
                normalized.Map.ToOriginal(i).ShouldBeGreaterThanOrEqualTo(normalized.Map.ToOriginal(i - 1));
            }
        });
    }
}
