using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReliefPlatform.Domain.Common;

/// <summary>
/// Reads and writes a code as the plain JSON string it always was. Declared on each code type, so
/// every serializer (the API's, the idempotency hash's, the job runner's) uses it without registration.
/// </summary>
public sealed class CodeJsonConverter<TCode> : JsonConverter<TCode>
    where TCode : class, ICode<TCode>
{
    public override TCode? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string for {TCode.Field}.");
        }

        try
        {
            return Codes.FromRequest<TCode>(reader.GetString());
        }
        catch (CodeFormatException e)
        {
            // The serializer adds the path; the API answers the pair as a 400 on that field.
            throw new JsonException(e.Message, e);
        }
    }

    public override void Write(Utf8JsonWriter writer, TCode value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
