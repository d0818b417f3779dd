namespace ReliefPlatform.Domain.Common;

/// <summary>A string that does not have the shape of the code it should be; the API answers it as a 400 on <see cref="Field"/>.</summary>
public sealed class CodeFormatException : FormatException
{
    public CodeFormatException()
        : this("code", "The code is not valid.")
    {
    }

    public CodeFormatException(string message)
        : this("code", message)
    {
    }

    public CodeFormatException(string message, Exception innerException)
        : base(message, innerException) => Field = "code";

    public CodeFormatException(string field, string message)
        : base(message) => Field = field;

    public string Field { get; }
}
