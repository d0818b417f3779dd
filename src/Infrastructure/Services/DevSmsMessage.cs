namespace ReliefPlatform.Infrastructure.Services;

/// <summary>A text message kept by the development outbox instead of being sent.</summary>
public sealed class DevSmsMessage
{
    public const int TextMaxLength = 500;

    private DevSmsMessage()
    {
        Phone = Text = string.Empty;
    }

    public DevSmsMessage(string phone, string text, DateTime sentAt)
    {
        Id = Guid.CreateVersion7();
        Phone = phone;
        Text = text;
        SentAt = sentAt;
    }

    public Guid Id { get; private set; }

    public string Phone { get; private set; }

    public string Text { get; private set; }

    public DateTime SentAt { get; private set; }
}
