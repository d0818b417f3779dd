using System.Diagnostics;
using OpenTelemetry;
using ReliefPlatform.Application.Common.Security;

namespace ReliefPlatform.Api.Infrastructure.Telemetry;

/// <summary>
/// The logs' redaction applied to spans before any exporter sees them: every string attribute and the
/// span's name pass through <see cref="PersonalDataRedactor"/>, and the caller's address and browser,
/// which identify a person, are dropped. A last line of defence, as in the logs: no span is given
/// personal data on purpose.
/// </summary>
internal sealed class RedactingSpanProcessor : BaseProcessor<Activity>
{
    private static readonly string[] Dropped = ["client.address", "client.port", "network.peer.address", "network.peer.port", "user_agent.original"];

    public override void OnEnd(Activity data)
    {
        data.DisplayName = PersonalDataRedactor.Redact(data.DisplayName);
        foreach (var key in Dropped)
        {
            if (data.GetTagItem(key) is not null)
            {
                data.SetTag(key, null);
            }
        }

        List<KeyValuePair<string, string>>? changed = null;
        foreach (var tag in data.TagObjects)
        {
            if (tag.Value is string text && PersonalDataRedactor.Redact(text) is var redacted && !ReferenceEquals(redacted, text) && redacted != text)
            {
                (changed ??= []).Add(new(tag.Key, redacted));
            }
        }

        changed?.ForEach(t => data.SetTag(t.Key, t.Value));
    }
}
