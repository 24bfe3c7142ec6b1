namespace Alignment.Core.Reporting.Junit;

/// <summary>One &lt;failure&gt;: the one-line message CI lists, its type (the severity), and the details.</summary>
internal sealed record JunitFailure(string Message, string Type, string Text);
