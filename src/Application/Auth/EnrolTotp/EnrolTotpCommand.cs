using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Auth.EnrolTotp;

/// <summary>
/// Hands out a new TOTP secret for the caller's authenticator app; <c>ConfirmTotpCommand</c> with a first
/// code switches it on. Open to every member of staff, and required of supervisors and administrators.
/// </summary>
[Authorize(Role.Caseworker, Role.Supervisor, Role.Administrator)]
public sealed record EnrolTotpCommand : ICommand<TotpEnrolmentDto>;

/// <summary>The secret in base 32 and the same as an <c>otpauth://</c> URI for a QR code. Shown once: only an encrypted copy is kept.</summary>
public sealed record TotpEnrolmentDto(string Secret, string OtpauthUri, string Algorithm, int Digits, int Period);
