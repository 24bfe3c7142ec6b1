using System.Globalization;
using Alignment.Core.Alignment;

namespace Alignment.Eval;

/// <summary>
/// For tuning runs only: ALIGNMENT_TUNE="SkipCost=3;LexiconWeight=8" overrides aligner options by name, so a
/// sweep needs no rebuild. Unset, the defaults are measured.
/// </summary>
internal static class AlignerTuning
{
    public static AlignerOptions FromEnvironment()
    {
        var options = AlignerOptions.Default with { };
        var setting = Environment.GetEnvironmentVariable("ALIGNMENT_TUNE");
        foreach (var pair in (setting ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var (name, value) = (pair.Split('=')[0].Trim(), pair.Split('=')[1].Trim());
            var property = typeof(AlignerOptions).GetProperty(name) ?? throw new ArgumentException($"ALIGNMENT_TUNE: no aligner option '{name}'");
            property.SetValue(options, Convert.ChangeType(value, property.PropertyType, CultureInfo.InvariantCulture));
        }

        return options;
    }
}
