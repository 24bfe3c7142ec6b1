using Alignment.Core.Languages.Lexicons;

namespace Alignment.Core.Tests.Languages.Lexicons;

/// <summary>The stemmer only has to give the inflections of one word one key, and keep different words apart.</summary>
public sealed class EnglishStemmerTests
{
    [Theory]
    [InlineData("increase", "increased", "increases", "increasing", "Increase")]
    [InlineData("agency", "agencies", "agency's")]
    [InlineData("sanction", "sanctions", "sanctioned", "sanctioning")]
    [InlineData("minister", "ministers", "minister's", "Ministers")]
    [InlineData("discuss", "discusses", "discussed")]
    [InlineData("ally", "allies", "allied")]
    [InlineData("launch", "launches", "launched")]
    [InlineData("plan", "plans", "planned")]
    public void Should_give_the_forms_of_one_word_one_stem(params string[] forms)
    {
        forms.Select(f => EnglishStemmer.Stem(f)).Distinct().ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData("agree", "agreed", "agrees", "agreeing")]
    [InlineData("guarantee", "guaranteed", "guarantees")]
    public void Should_give_the_forms_of_a_word_ending_in_ee_one_stem(params string[] forms)
    {
        forms.Select(f => EnglishStemmer.Stem(f)).Distinct().ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData("minister", "ministry")]
    [InlineData("nation", "national")]
    [InlineData("sea", "season")]
    [InlineData("us", "use")]
    public void Should_keep_different_words_apart(string first, params string[] others)
    {
        var stem = EnglishStemmer.Stem(first);

        others.ShouldAllBe(o => EnglishStemmer.Stem(o) != stem);
    }

    [Theory]
    [InlineData("gas")]
    [InlineData("bus")]
    [InlineData("crisis")]
    [InlineData("status")]
    public void Should_not_strip_an_s_that_belongs_to_the_word(string word)
    {
        EnglishStemmer.Stem(word).ShouldBe(word);
    }

    [Theory]
    [InlineData("agencies", "agency")]
    [InlineData("allied", "ally")]
    [InlineData("Ministers", "minister")]
    [InlineData("guaranteed", "guarantee")]
    public void Should_write_into_a_buffer_the_stem_it_returns(string word, string stem)
    {
        Span<char> buffer = stackalloc char[EnglishStemmer.StackLength];

        buffer[..EnglishStemmer.Stem(word, buffer)].ToString().ShouldBe(stem);
        EnglishStemmer.Stem(word).ShouldBe(stem);
    }

    [Fact]
    public void Should_stem_a_run_of_letters_longer_than_any_stack_buffer()
    {
        // A file can hold one "word" of a million letters; stemming it must not overflow a worker thread's stack.
        var word = new string('a', 1_000_000) + "ies";
        string? stem = null;
        var thread = new Thread(() => stem = EnglishStemmer.Stem(word), maxStackSize: 256 * 1024);

        thread.Start();
        thread.Join();

        stem.ShouldBe(new string('a', 1_000_000) + "y");
    }
}
