using System.Globalization;
using System.Text;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace ReliefPlatform.Api.Infrastructure.Telemetry;

/// <summary>
/// The metrics in Prometheus's text format (version 0.0.4), collected on demand: a scrape runs one
/// collection of the SDK's cumulative aggregates and writes what it gets (ADR 0036: the service's own
/// writer rather than the beta exporter). OpenTelemetry's names become Prometheus's as its
/// compatibility rules say: dots to underscores, the unit as a suffix (<c>_seconds</c>, <c>_bytes</c>),
/// <c>_total</c> on counters.
/// </summary>
internal sealed class PrometheusMetricReader : BaseExportingMetricReader
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    private readonly Lock _gate = new();
    private readonly TextExporter _exporter;

    public PrometheusMetricReader()
        : this(new TextExporter())
    {
    }

    private PrometheusMetricReader(TextExporter exporter)
        : base(exporter) => _exporter = exporter;

    public string Scrape()
    {
        lock (_gate)
        {
            _exporter.Text.Clear();
            Collect();
            return _exporter.Text.ToString();
        }
    }

    // Not marked pull-only: the SDK lets only its own Prometheus exporter collect in that mode. Nothing
    // pushes either: only a periodic reader collects on its own, and this one collects when scraped.
    private sealed class TextExporter : BaseExporter<Metric>
    {
        public StringBuilder Text { get; } = new();

        public override ExportResult Export(in Batch<Metric> batch)
        {
            foreach (var metric in batch)
            {
                Write(Text, metric);
            }

            return ExportResult.Success;
        }
    }

    internal static void Write(StringBuilder text, Metric metric)
    {
        var counter = metric.MetricType is MetricType.LongSum or MetricType.DoubleSum;
        var histogram = metric.MetricType == MetricType.Histogram;
        if (metric.MetricType == MetricType.ExponentialHistogram)
        {
            return;
        }

        var name = Name(metric.Name, metric.Unit) + (counter ? "_total" : string.Empty);
        text.Append("# HELP ").Append(name).Append(' ').Append(Escape(metric.Description, label: false)).Append('\n');
        text.Append("# TYPE ").Append(name).Append(' ').Append(counter ? "counter" : histogram ? "histogram" : "gauge").Append('\n');
        foreach (ref readonly var point in metric.GetMetricPoints())
        {
            var labels = Labels(point.Tags);
            if (histogram)
            {
                long cumulative = 0;
                foreach (var bucket in point.GetHistogramBuckets())
                {
                    cumulative += bucket.BucketCount;
                    var le = double.IsPositiveInfinity(bucket.ExplicitBound) ? "+Inf" : Number(bucket.ExplicitBound);
                    Sample(text, name + "_bucket", Join(labels, $"le=\"{le}\""), cumulative.ToString(CultureInfo.InvariantCulture));
                }

                Sample(text, name + "_sum", labels, Number(point.GetHistogramSum()));
                Sample(text, name + "_count", labels, point.GetHistogramCount().ToString(CultureInfo.InvariantCulture));
                continue;
            }

            var value = metric.MetricType switch
            {
                MetricType.LongSum or MetricType.LongSumNonMonotonic => point.GetSumLong().ToString(CultureInfo.InvariantCulture),
                MetricType.DoubleSum or MetricType.DoubleSumNonMonotonic => Number(point.GetSumDouble()),
                MetricType.LongGauge => point.GetGaugeLastValueLong().ToString(CultureInfo.InvariantCulture),
                _ => Number(point.GetGaugeLastValueDouble()),
            };
            Sample(text, name, labels, value);
        }
    }

    internal static string Name(string name, string? unit)
    {
        var sanitized = Sanitize(name);
        var suffix = unit switch
        {
            null or "" or "1" => null,
            "s" => "seconds",
            "ms" => "milliseconds",
            "By" => "bytes",
            _ when unit.StartsWith('{') => null,
            _ => Sanitize(unit),
        };
        return suffix is null || sanitized.EndsWith("_" + suffix, StringComparison.Ordinal) ? sanitized : sanitized + "_" + suffix;
    }

    private static string Labels(ReadOnlyTagCollection tags)
    {
        var labels = new StringBuilder();
        foreach (var tag in tags)
        {
            if (labels.Length > 0)
            {
                labels.Append(',');
            }

            labels.Append(Sanitize(tag.Key)).Append("=\"").Append(Escape(Convert.ToString(tag.Value, CultureInfo.InvariantCulture) ?? string.Empty, label: true)).Append('"');
        }

        return labels.ToString();
    }

    private static string Join(string labels, string more) => labels.Length == 0 ? more : labels + "," + more;

    private static void Sample(StringBuilder text, string name, string labels, string value)
    {
        text.Append(name);
        if (labels.Length > 0)
        {
            text.Append('{').Append(labels).Append('}');
        }

        text.Append(' ').Append(value).Append('\n');
    }

    private static string Number(double value) => value switch
    {
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        double.NaN => "NaN",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    private static string Sanitize(string name)
    {
        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (!(char.IsAsciiLetterOrDigit(chars[i]) || chars[i] == '_' || chars[i] == ':'))
            {
                chars[i] = '_';
            }
        }

        return chars.Length > 0 && char.IsAsciiDigit(chars[0]) ? "_" + new string(chars) : new string(chars);
    }

    private static string Escape(string? text, bool label) =>
        (text ?? string.Empty).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) is var escaped && label
            ? escaped.Replace("\"", "\\\"", StringComparison.Ordinal)
            : escaped;
}
