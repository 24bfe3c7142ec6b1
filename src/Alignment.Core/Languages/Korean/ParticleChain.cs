using System.Runtime.CompilerServices;
namespace Alignment.Core.Languages.Korean;

/// <summary>Decides whether the Hangul glued after a noun is a run of particles (에서+는, 과+의) rather than more of a word.</summary>
public sealed class ParticleChain
{
    private const int MaxParticles = 4;
    private readonly System.Collections.Frozen.FrozenSet<string> particles;
    private readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly int longest;

    public ParticleChain(IEnumerable<string> particles)
    {
        this.particles = System.Collections.Frozen.FrozenSet.ToFrozenSet(particles, StringComparer.Ordinal);
        lookup = this.particles.GetAlternateLookup<ReadOnlySpan<char>>();
        longest = this.particles.Count == 0 ? 0 : this.particles.Max(p => p.Length);
    }

    public bool IsChain(ReadOnlySpan<char> suffix) => Fits(suffix, MaxParticles);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Fits(ReadOnlySpan<char> rest, int budget)
    {
        if (rest.IsEmpty)
        {
            return true;
        }

        if (budget == 0)
        {
            return false;
        }

        for (var n = Math.Min(longest, rest.Length); n >= 1; n--)
        {
            if (lookup.Contains(rest[..n]) && Fits(rest[n..], budget - 1))
            {
                return true;
            }
        }

        return false;
    }
}
