namespace Alignment.Core.Reporting;

/// <summary>A report format is a plug-in: one sealed class, registered in <see cref="ReportWriters"/>, chosen by <see cref="Format"/>.</summary>
public interface IReportWriter
{
    /// <summary>The --format value.</summary>
    string Format { get; }

    string FileExtension { get; }

    void Write(RunReport report, TextWriter writer);
}
