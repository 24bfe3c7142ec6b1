using Alignment.Core.Languages;
using Alignment.Core.Text;

namespace Alignment.Core.Pipeline;

/// <summary>Refuses a pair whose files are not in the languages they claim, and says so when they are swapped.</summary>
internal static class LanguageGuard
{
    private const double MinimumShare = 0.5;

    public static void Verify(SourceText source, SourceText target, ILanguageProfile sourceProfile, ILanguageProfile targetProfile)
    {
        var sourceShare = sourceProfile.ScriptShare(source.Text);
        var targetShare = targetProfile.ScriptShare(target.Text);
        if (sourceShare < MinimumShare && targetShare < MinimumShare
            && targetProfile.ScriptShare(source.Text) >= MinimumShare && sourceProfile.ScriptShare(target.Text) >= MinimumShare)
        {
            throw new InputException(source.Path, $"source and target look swapped: this file is {targetProfile.DisplayName} and {target.Path} is {sourceProfile.DisplayName}");
        }

        if (sourceShare < MinimumShare)
        {
            throw new InputException(source.Path, $"source is not {sourceProfile.DisplayName} text ({sourceShare:P0} of its letters are in {sourceProfile.DisplayName} script)");
        }

        if (targetShare < MinimumShare)
        {
            throw new InputException(target.Path, $"target is not {targetProfile.DisplayName} text ({targetShare:P0} of its letters are in {targetProfile.DisplayName} script)");
        }
    }
}
