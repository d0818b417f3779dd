using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.InteropServices;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Api.Infrastructure;

/// <summary>
/// A path with a control character (<c>%00</c> and the like) is refused with a problem document like any
/// other bad input (ADR 0034). Kestrel itself answers a path that decodes to NUL with an empty 400 before
/// the application runs, and that answer cannot be customised; so on each HTTP/1.x connection a reader
/// in front of Kestrel's parser turns <c>%00</c> in the path of a request line into <c>%7F</c> (the same
/// length, in place), and the first middleware refuses every path holding a control character.
/// </summary>
internal static class ControlCharactersInPath
{
    public static void MarkNulInRequestLines(this KestrelServerOptions options) =>
        options.ConfigureEndpointDefaults(listen => listen.Use(next => async connection =>
        {
            var transport = connection.Transport;
            connection.Transport = new Pipe(new NulMarkingReader(transport.Input), transport.Output);
            try
            {
                await next(connection);
            }
            finally
            {
                connection.Transport = transport;
            }
        }));

    public static IApplicationBuilder RefuseControlCharactersInPath(this IApplicationBuilder app) => app.Use((context, next) =>
        context.Request.Path.Value is { } path && path.Any(c => char.IsControl(c))
            ? throw new ValidationException("path", Text.Pick(
                "地址中含有控制字符（例如 %00），请检查链接。", "The address holds a control character (such as %00); check the link."))
            : next(context));

    private sealed class Pipe(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input { get; } = input;

        public PipeWriter Output { get; } = output;
    }

    /// <summary>Hands Kestrel what the transport read, with <c>%00</c> in request-line paths already marked.</summary>
    private sealed class NulMarkingReader(PipeReader inner) : PipeReader
    {
        private static readonly SearchValues<byte> UpperCase = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ"u8);

        private static ReadOnlySpan<byte> Nul => "%00"u8;

        public override async ValueTask<ReadResult> ReadAsync(CancellationToken cancellationToken = default)
        {
            var result = await inner.ReadAsync(cancellationToken);
            Mark(result.Buffer);
            return result;
        }

        public override bool TryRead(out ReadResult result)
        {
            if (!inner.TryRead(out result))
            {
                return false;
            }

            Mark(result.Buffer);
            return true;
        }

        public override void AdvanceTo(SequencePosition consumed) => inner.AdvanceTo(consumed);

        public override void AdvanceTo(SequencePosition consumed, SequencePosition examined) => inner.AdvanceTo(consumed, examined);

        public override void CancelPendingRead() => inner.CancelPendingRead();

        public override void Complete(Exception? exception = null) => inner.Complete(exception);

        /// <summary>
        /// Each complete line shaped like a request line (<c>GET /path HTTP/1.1</c>), at the start of what
        /// was read or after a line break: its path's <c>%00</c> become <c>%7F</c>. A body holding such a
        /// line is not JSON (which has no raw line breaks in strings) and would have to be built for it.
        /// </summary>
        private static void Mark(ReadOnlySequence<byte> buffer)
        {
            var reader = new SequenceReader<byte>(buffer);
            while (reader.TryReadTo(out ReadOnlySequence<byte> line, "\r\n"u8))
            {
                if (line.Length is < 14 or > 8 * 1024)
                {
                    continue;
                }

                var text = line.IsSingleSegment ? line.FirstSpan : line.ToArray();
                if (text.IndexOf(Nul) < 0 || !IsRequestLine(text, out var pathEnd))
                {
                    continue;
                }

                int at;
                while ((at = text[..pathEnd].IndexOf(Nul)) >= 0)
                {
                    Write(line, at + 1, (byte)'7');
                    Write(line, at + 2, (byte)'F');
                    text = line.IsSingleSegment ? line.FirstSpan : line.ToArray();
                }
            }
        }

        private static bool IsRequestLine(ReadOnlySpan<byte> line, out int pathEnd)
        {
            pathEnd = 0;
            var space = line.IndexOf((byte)' ');
            if (space <= 0 || line[..space].ContainsAnyExcept(UpperCase) || !(line.EndsWith(" HTTP/1.1"u8) || line.EndsWith(" HTTP/1.0"u8)))
            {
                return false;
            }

            var target = line[(space + 1)..^" HTTP/1.1".Length];
            var query = target.IndexOf((byte)'?');
            pathEnd = space + 1 + (query < 0 ? target.Length : query);
            return target.Length > 0 && target.IndexOf((byte)' ') < 0;
        }

        private static void Write(ReadOnlySequence<byte> line, long offset, byte value) =>
            MemoryMarshal.AsMemory(line.Slice(offset, 1).First).Span[0] = value;
    }
}
