using System.Runtime.CompilerServices;

namespace Alignment.Core.Alignment;

/// <summary>The cells (i, j) of a band, row after row in one flat array: row i holds columns band[i].Lo..Hi.</summary>
internal sealed class BandLattice
{
    private readonly (int Lo, int Hi)[] band;
    private readonly int[] rowStart;

    public BandLattice((int Lo, int Hi)[] band)
    {
        this.band = band;
        rowStart = new int[band.Length];
        for (var i = 1; i < band.Length; i++)
        {
            rowStart[i] = rowStart[i - 1] + band[i - 1].Hi - band[i - 1].Lo + 1;
        }

        Cells = rowStart[^1] + band[^1].Hi - band[^1].Lo + 1;
    }

    public int Cells { get; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(int i, int j) => i >= 0 && i < band.Length && j >= band[i].Lo && j <= band[i].Hi;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Index(int i, int j) => rowStart[i] + j - band[i].Lo;
}
