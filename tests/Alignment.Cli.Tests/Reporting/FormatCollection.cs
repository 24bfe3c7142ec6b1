namespace Alignment.Cli.Tests.Reporting;

/// <summary>The format tests share one run of the corpus per format.</summary>
[CollectionDefinition(Name)]
public sealed class FormatCollection : ICollectionFixture<FormatRun>
{
    public const string Name = "formats";
}
