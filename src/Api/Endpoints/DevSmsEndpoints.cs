using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Api.Infrastructure;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Residents;
using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.Api.Endpoints;

/// <summary>The development SMS outbox; mapped only when <c>Sms:Delivery</c> is <c>Outbox</c>.</summary>
internal static partial class DevSmsEndpoints
{
    public static void MapDevSmsEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/dev/sms", GetDevSms)
            .WithTags("Development")
            .WithSummary("Read the development SMS outbox (Development only)")
            .AllowAnonymous();

    public static async Task<Results<Ok<List<DevSmsDto>>, ValidationProblem>> GetDevSms(string? phone, ReliefDbContext db, IPersonalDataIndex index, CancellationToken cancellationToken)
    {
        if (!MobileNumber.TryParse(phone, out var number))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["phone"] = ["Enter an 11-digit mobile number."] });
        }

        var messages = await db.DevSmsMessages.AsNoTracking()
            .Where(m => m.PhoneIndex == index.OfPhone(number!.Value))
            .OrderByDescending(m => m.SentAt)
            .Take(50)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(messages
            .Select(m => new DevSmsDto(MobileNumber.Mask(m.Phone), m.Text, SixDigits().Match(m.Text) is { Success: true } c ? c.Value : null, m.SentAt.ToChina()))
            .ToList());
    }

    [GeneratedRegex("(?<![0-9])[0-9]{6}(?![0-9])")]
    private static partial Regex SixDigits();

    internal sealed record DevSmsDto(string Phone, string Text, string? Code, DateTimeOffset SentAt);
}
