namespace Alignment.Core.Reporting;

/// <summary>A check that ran: its id and one sentence saying what it finds (JUnit test cases, SARIF rules).</summary>
public sealed record CheckInfo(string Id, string Description);
