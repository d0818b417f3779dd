using System.Globalization;

namespace ReliefPlatform.Bench;

/// <summary>
/// Command-line settings. <c>--seconds</c> is the measured time per endpoint in each round, cut into
/// slices of <c>--slice</c> seconds that take turns between the endpoints.
/// </summary>
internal sealed record BenchOptions(int Seconds, int WarmupSeconds, int Concurrency, int Rounds, int SliceSeconds)
{
    public static readonly BenchOptions Default = new(Seconds: 15, WarmupSeconds: 3, Concurrency: 8, Rounds: 2, SliceSeconds: 3);

    public const string Usage =
        "usage: ReliefPlatform.Bench [--seconds N (15)] [--concurrency C (8)] [--rounds R (2)] [--warmup N (3)] [--slice N (3)]";

    /// <summary>How many slices each endpoint's <see cref="Seconds"/> are cut into.</summary>
    public int Slices => Math.Max(1, (int)Math.Round((double)Seconds / Math.Min(SliceSeconds, Seconds)));

    public static bool TryParse(IReadOnlyList<string> args, out BenchOptions options, out string? error)
    {
        options = Default;
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "-h" or "--help")
            {
                error = Usage;
                return false;
            }

            if (i + 1 >= args.Count || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 0)
            {
                error = $"{name} needs a whole number.{Environment.NewLine}{Usage}";
                return false;
            }

            i++;
            switch (name)
            {
                case "--seconds" when value > 0:
                    options = options with { Seconds = value };
                    break;
                case "--warmup":
                    options = options with { WarmupSeconds = value };
                    break;
                case "--concurrency" when value > 0:
                    options = options with { Concurrency = value };
                    break;
                case "--rounds" when value > 0:
                    options = options with { Rounds = value };
                    break;
                case "--slice" when value > 0:
                    options = options with { SliceSeconds = value };
                    break;
                default:
                    error = $"Unknown option or bad value: {name} {value}.{Environment.NewLine}{Usage}";
                    return false;
            }
        }

        return true;
    }
}
