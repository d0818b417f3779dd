namespace ReliefPlatform.Infrastructure.Services;

/// <summary>A text message kept by the development outbox instead of being sent.</summary>
public sealed class DevSmsMessage
{
    public const int TextMaxLength = 500;

    private DevSmsMessage()
    {
        Phone = Text = string.Empty;
    }

    // The id is the message's own: a message delivered again is refused by the key, as a gateway de-duplicates it.
    public DevSmsMessage(Guid id, string phone, string phoneIndex, string text, DateTime sentAt)
    {
        Id = id;
        Phone = phone;
        PhoneIndex = phoneIndex;
        Text = text;
        SentAt = sentAt;
    }

    public Guid Id { get; private set; }

    public string Phone { get; private set; }

    public string? PhoneIndex { get; private set; }

    public string Text { get; private set; }

    public DateTime SentAt { get; private set; }
}
