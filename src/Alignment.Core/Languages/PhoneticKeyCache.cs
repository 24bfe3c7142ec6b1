using System.Collections.Concurrent;

namespace Alignment.Core.Languages;

/// <summary>
/// Sound keys worked out once per word: news repeats its names through a story and an archive, and keying is the
/// dearest step of name matching. Thread-safe; cleared when it grows past a bound, so an archive cannot fill memory.
/// </summary>
internal sealed class PhoneticKeyCache(Func<string, IReadOnlyList<string>> keysOf)
{
    private const int Capacity = 100_000;
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> keys = new(StringComparer.Ordinal);
    private int added;

    public IReadOnlyList<string> Of(string word)
    {
        if (keys.TryGetValue(word, out var found))
        {
            return found;
        }

        // Counted here rather than asked of the dictionary: its Count takes every lock, and a run of new names asked
        // it once a word. Racing threads may clear a little early or late; the bound only keeps memory in check.
        if (Interlocked.Increment(ref added) > Capacity)
        {
            keys.Clear();
            Interlocked.Exchange(ref added, 0);
        }

        return keys[word] = keysOf(word);
    }
}
