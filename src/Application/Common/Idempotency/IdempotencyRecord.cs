namespace ReliefPlatform.Application.Common.Idempotency;

/// <summary>The stored first response to an idempotent command, per caller and key.</summary>
public sealed class IdempotencyRecord
{
    public const int KeyMaxLength = 100;
    public const int ScopeMaxLength = 64;

    private IdempotencyRecord()
    {
        Scope = Key = RequestHash = ResponseJson = string.Empty;
    }

    public IdempotencyRecord(string scope, string key, string requestHash, string responseJson, DateTime createdAt)
    {
        Id = Guid.CreateVersion7();
        Scope = scope;
        Key = key;
        RequestHash = requestHash;
        ResponseJson = responseJson;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    /// <summary>Whose key this is (<c>resident:{id}</c>): keys of different callers never collide.</summary>
    public string Scope { get; private set; }

    public string Key { get; private set; }

    public string RequestHash { get; private set; }

    public string ResponseJson { get; private set; }

    public DateTime CreatedAt { get; private set; }
}
