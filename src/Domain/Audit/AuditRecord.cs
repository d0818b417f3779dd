using System.Globalization;
using System.Text;

namespace ReliefPlatform.Domain.Audit;

/// <summary>
/// One security or business event: who (and in which role), did what, to which object, when, from
/// where, and how it ended. Records are only ever appended. A record is written with a seal of its own
/// (a keyed hash of its fields, so an edit or a forged row is found even before the chain takes it), and
/// the sealer then gives it its place in the chain, where it carries the hash of its predecessor, so an
/// edited, deleted or reordered row breaks the chain. Never holds personal data: objects are named by
/// their identifiers.
/// </summary>
public sealed class AuditRecord
{
    public const int ActionMaxLength = 64;
    public const int RoleMaxLength = 20;
    public const int ObjectTypeMaxLength = 32;
    public const int ObjectIdMaxLength = 64;
    public const int ClientAddressMaxLength = 64;
    public const int DetailMaxLength = 500;
    public const int HashLength = 64;

    private AuditRecord()
    {
        ActorRole = Action = PreviousHash = Hash = string.Empty;
    }

    public AuditRecord(
        DateTime occurredAtUtc, Guid? actorId, string actorRole, string action, string? objectType, string? objectId,
        AuditOutcome outcome, string? clientAddress, string? detail)
        : this()
    {
        Id = NextId();

        // Whole microseconds: PostgreSQL keeps no more, and the hash must survive the round trip.
        OccurredAt = new DateTime(occurredAtUtc.Ticks - (occurredAtUtc.Ticks % 10), DateTimeKind.Utc);
        ActorId = actorId;
        ActorRole = Cut(actorRole, RoleMaxLength)!;
        Action = Cut(action, ActionMaxLength)!;
        ObjectType = Cut(objectType, ObjectTypeMaxLength);
        ObjectId = Cut(objectId, ObjectIdMaxLength);
        Outcome = outcome;
        ClientAddress = Cut(clientAddress, ClientAddressMaxLength);
        Detail = Cut(detail, DetailMaxLength);
    }

    public Guid Id { get; private set; }

    /// <summary>The position in the chain, from 1; none until the sealer has chained the record.</summary>
    public long? Sequence { get; private set; }

    public DateTime OccurredAt { get; private set; }

    public Guid? ActorId { get; private set; }

    /// <summary>A staff or resident role, <c>System</c> for jobs, <c>Anonymous</c> before sign-in.</summary>
    public string ActorRole { get; private set; }

    /// <summary>What happened, as <c>area.event</c>: <c>auth.staff-login</c>, <c>application.accepted</c>.</summary>
    public string Action { get; private set; }

    public string? ObjectType { get; private set; }

    public string? ObjectId { get; private set; }

    public AuditOutcome Outcome { get; private set; }

    public string? ClientAddress { get; private set; }

    public string? Detail { get; private set; }

    public string PreviousHash { get; private set; }

    public string Hash { get; private set; }

    /// <summary>
    /// The text the chain hash is computed over: every field, in a fixed order and format, ending
    /// with the previous record's hash.
    /// </summary>
    public static string CanonicalText(AuditRecord r, long sequence, string previousHash)
    {
        var text = new StringBuilder(256);
        text.Append(sequence.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append(r.OccurredAt.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture)).Append('\n')
            .Append(r.ActorId?.ToString("N")).Append('\n')
            .Append(r.ActorRole).Append('\n')
            .Append(r.Action).Append('\n')
            .Append(r.ObjectType).Append('\n')
            .Append(r.ObjectId).Append('\n')
            .Append(r.Outcome.ToString()).Append('\n')
            .Append(r.ClientAddress).Append('\n')
            .Append(r.Detail).Append('\n')
            .Append(previousHash);
        return text.ToString();
    }

    /// <summary>Written with the record: its own keyed hash, over its fields at position 0 after no record.</summary>
    public void Stamp(string ownHash)
    {
        (PreviousHash, Hash) = (string.Empty, ownHash);
    }

    public void Seal(long sequence, string previousHash, string hash)
    {
        Sequence = sequence;
        PreviousHash = previousHash;
        Hash = hash;
    }

    // Version 7 ids that only grow within the process, so that records written in one instant (one save,
    // or a stopped test clock) keep the order they were written in when the sealer chains them.
    private static readonly Lock IdLock = new();
    private static Guid _lastId;

    private static Guid NextId()
    {
        lock (IdLock)
        {
            var id = Guid.CreateVersion7();
            if (id.CompareTo(_lastId) <= 0)
            {
                var bytes = _lastId.ToByteArray(bigEndian: true);
                for (var i = bytes.Length - 1; i >= 0 && ++bytes[i] == 0; i--)
                {
                }

                id = new Guid(bytes, bigEndian: true);
            }

            return _lastId = id;
        }
    }

    private static string? Cut(string? value, int max) => value is null || value.Length <= max ? value : value[..max];
}
