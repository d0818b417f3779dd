using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Application.Security.ProtectPersonalData;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Infrastructure.Security;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>The key ring itself: authenticated encryption, key ids, blind indexes.</summary>
public sealed class PersonalDataProtectorTests
{
    private static readonly byte[] KeyA = RandomNumberGenerator.GetBytes(32);
    private static readonly byte[] KeyB = RandomNumberGenerator.GetBytes(32);
    private static readonly byte[] IndexKey = RandomNumberGenerator.GetBytes(32);

    [Fact]
    public void AChangedBitAnywhere_FailsAuthentication()
    {
        var ring = new PersonalDataProtector(new Dictionary<string, byte[]> { ["a"] = KeyA }, "a", IndexKey);
        var stored = ring.Protect("530102196001011238", "Applications.ApplicantIdNumber");
        var payload = Convert.FromBase64String(stored["pd1:a:".Length..]);

        var failures = 0;
        for (var bit = 0; bit < payload.Length * 8; bit++)
        {
            var tampered = payload.ToArray();
            tampered[bit / 8] ^= (byte)(1 << (bit % 8));
            try
            {
                ring.Unprotect("pd1:a:" + Convert.ToBase64String(tampered), "Applications.ApplicantIdNumber");
            }
            catch (CryptographicException)
            {
                failures++;
            }
        }

        Assert.Equal(payload.Length * 8, failures);
        Assert.Throws<AuthenticationTagMismatchException>(() => ring.Unprotect(stored, "Applications.ApplicantPhone"));
        Assert.Equal("530102196001011238", ring.Unprotect(stored, "Applications.ApplicantIdNumber"));
    }

    [Fact]
    public void AfterRotation_OldValuesStillDecrypt_NewOnesUseTheNewKey_AndTheIndexIsUnchanged()
    {
        var before = new PersonalDataProtector(new Dictionary<string, byte[]> { ["a"] = KeyA }, "a", IndexKey);
        var after = new PersonalDataProtector(new Dictionary<string, byte[]> { ["a"] = KeyA, ["b"] = KeyB }, "b", IndexKey);
        var old = before.Protect("13800138000", "Residents.Phone");

        Assert.Equal("13800138000", after.Unprotect(old, "Residents.Phone"));
        Assert.StartsWith("pd1:b:", after.Protect("13800138000", "Residents.Phone"), StringComparison.Ordinal);
        Assert.NotEqual(before.Protect("13800138000", "Residents.Phone"), before.Protect("13800138000", "Residents.Phone"));
        Assert.Equal(before.IndexOf("13800138000", "phone"), after.IndexOf("13800138000", "phone"));
        Assert.NotEqual(before.IndexOf("13800138000", "phone"), before.IndexOf("13800138000", "id-number"));
        Assert.Throws<CryptographicException>(() => new PersonalDataProtector(new Dictionary<string, byte[]> { ["b"] = KeyB }, "b", IndexKey).Unprotect(old, "Residents.Phone"));
    }
}

/// <summary>
/// Encryption at rest over the real API and database, in county 530113 (东川区): a changed stored bit
/// is refused, and a key rotation keeps every row readable, moves them all to the new key, and keeps
/// finding duplicates by the blind index, also after the old key is withdrawn.
/// </summary>
public abstract class PersonalDataEncryptionTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory
{
    private const string County = "530113";
    private const string RotatedKey = "rot2";
    private static readonly string RotatedKeyValue = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public async Task ATamperedStoredValue_IsDetected_AndNeverShown()
    {
        var (_, caseworker, id) = await ArrangeAsync();
        var stored = await StoredPhoneAsync(factory, id);
        var payload = Convert.FromBase64String(stored[(stored.LastIndexOf(':') + 1)..]);
        payload[^1] ^= 0x01;
        var tampered = stored[..(stored.LastIndexOf(':') + 1)] + Convert.ToBase64String(payload);
        await factory.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE \"Applications\" SET \"ApplicantPhone\" = {tampered} WHERE \"Id\" = {Guid.Parse(id)}"));

        var response = await caseworker.GetAsync($"/api/v1/applications/{id}");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal("integrity-check-failed", problem["code"]!.GetValue<string>());
        await factory.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE \"Applications\" SET \"ApplicantPhone\" = {stored} WHERE \"Id\" = {Guid.Parse(id)}"));
        Assert.Equal(HttpStatusCode.OK, (await caseworker.GetAsync($"/api/v1/applications/{id}")).StatusCode);
    }

    [Fact]
    public async Task KeyRotation_KeepsRowsReadable_RewritesThemAll_AndDuplicatesAreStillFound()
    {
        var (phone, _, id) = await ArrangeAsync();
        Assert.StartsWith("pd1:dev1:", await StoredPhoneAsync(factory, id), StringComparison.Ordinal);

        await using var rotated = new SharedDatabaseFactory(factory.Provider, factory.ConnectionString, new Dictionary<string, string>
        {
            ["PersonalData:CurrentKeyId"] = RotatedKey,
            [$"PersonalData:Keys:{RotatedKey}"] = RotatedKeyValue,
        });
        var caseworker = await CaseworkerAsync(rotated);
        var readBeforeRewrite = await (await caseworker.PostAsJsonAsync($"/api/v1/applications/{id}/reveal", new { })).JsonAsync();
        Assert.Equal(phone, readBeforeRewrite["phone"]!.GetValue<string>());

        var result = await rotated.SendAsync(new ProtectPersonalDataCommand(BatchSize: 7));

        Assert.Equal(RotatedKey, result.CurrentKeyId);
        Assert.True(result.RowsRewritten > 0);
        Assert.StartsWith($"pd1:{RotatedKey}:", await StoredPhoneAsync(rotated, id), StringComparison.Ordinal);
        var notRotated = await rotated.WithDbAsync(db => db.Database.SqlQueryRaw<int>(
            $"SELECT COUNT(*) AS \"Value\" FROM \"Applications\" WHERE \"ApplicantIdNumber\" NOT LIKE 'pd1:{RotatedKey}:%' OR \"ApplicantPhone\" NOT LIKE 'pd1:{RotatedKey}:%' OR \"Description\" NOT LIKE 'pd1:{RotatedKey}:%'").SingleAsync());
        Assert.Equal(0, notRotated);
        Assert.Equal(0, (await rotated.SendAsync(new ProtectPersonalDataCommand())).RowsRewritten);

        // The old key withdrawn: everything still reads, and the same ID number for the same item is still a duplicate.
        await using var withdrawn = new SharedDatabaseFactory(factory.Provider, factory.ConnectionString, new Dictionary<string, string>
        {
            ["PersonalData:CurrentKeyId"] = RotatedKey,
            [$"PersonalData:Keys:{RotatedKey}"] = RotatedKeyValue,
            ["PersonalData:Keys:dev1"] = string.Empty,
        });
        var later = await CaseworkerAsync(withdrawn);
        var readAfter = await (await later.PostAsJsonAsync($"/api/v1/applications/{id}/reveal", new { })).JsonAsync();
        Assert.Equal(phone, readAfter["phone"]!.GetValue<string>());
        withdrawn.Clock.Set(factory.Clock.GetUtcNow().AddMinutes(2));
        var resident = await withdrawn.ResidentAsync(phone);
        var again = await resident.PostAsJsonAsync("/api/v1/applications", TestData.Dibao(idNumber: readAfter["idNumber"]!.GetValue<string>(), regionCode: County, phone: phone));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    private async Task<(string Phone, HttpClient Caseworker, string Id)> ArrangeAsync()
    {
        var phone = TestData.Phone();
        var resident = await factory.ResidentAsync(phone);
        var id = (await resident.SubmitAsync(TestData.Dibao(idNumber: TestData.IdNumber(County), regionCode: County, phone: phone)))["id"]!.GetValue<string>();
        return (phone, await CaseworkerAsync(factory), id);
    }

    private static async Task<HttpClient> CaseworkerAsync(ApiFactory host)
    {
        var username = $"cw-civil-{County}-{Guid.NewGuid().ToString("N")[..6]}";
        await host.AddStaffAsync(username, Role.Caseworker, "civil", County);
        return await host.StaffAsync(username);
    }

    private static Task<string> StoredPhoneAsync(ApiFactory host, string id) =>
        host.WithDbAsync(db => db.Database.SqlQuery<string>($"SELECT \"ApplicantPhone\" AS \"Value\" FROM \"Applications\" WHERE \"Id\" = {Guid.Parse(id)}").SingleAsync());
}

public sealed class SqlitePersonalDataEncryptionTests(SqliteApiFactory factory) : PersonalDataEncryptionTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresPersonalDataEncryptionTests(PostgresApiFactory factory) : PersonalDataEncryptionTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;

public sealed class SqlServerPersonalDataEncryptionTests(SqlServerApiFactory factory) : PersonalDataEncryptionTests<SqlServerApiFactory>(factory), IClassFixture<SqlServerApiFactory>;
