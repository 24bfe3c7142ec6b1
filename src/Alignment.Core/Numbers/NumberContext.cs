namespace Alignment.Core.Numbers;

/// <summary>What the characters around a run of digits say about it, the same in every language.</summary>
internal static class NumberContext
{
    /// <summary>
    /// G7, F-35, COVID-19, 2+2, 24/7: digits that name something rather than count it; &#8212; (a dash written as a
    /// character reference) is not a number either.
    /// </summary>
    public static bool IsPartOfName(string text, int start, int end) =>
        (start > 1 && text[start - 1] == '#' && text[start - 2] == '&')
        || (start > 0 && (char.IsAsciiLetter(text[start - 1]) || (text[start - 1] == '-' && start > 1 && char.IsAsciiLetter(text[start - 2]))))
        || (end < text.Length && text[end] is '+' or '/') || (start > 0 && text[start - 1] is '+' or '/');
}
