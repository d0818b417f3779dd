using MediatR;
using ReliefPlatform.Application.Common.Behaviors;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Application.UnitTests.Fakes;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.UnitTests.Common.Behaviors;

public class AuthorizationBehaviorTests
{
    [Fact]
    public async Task Handle_WhenCallerIsAnonymousAndRequestNeedsAuthorization_ThrowsUnauthorizedAccess()
    {
        var next = new RecordingNext();
        var behavior = new AuthorizationBehavior<CaseworkerOnlyQuery, string>(FakeCurrentUser.Anonymous);

        var exception = await Record.ExceptionAsync(() => behavior.Handle(new CaseworkerOnlyQuery(), CancellationToken.None, next.Invoke));

        Assert.IsType<UnauthorizedAccessException>(exception);
        Assert.False(next.WasCalled);
    }

    [Fact]
    public async Task Handle_WhenCallerHasAnotherRole_ThrowsForbiddenAccess()
    {
        var next = new RecordingNext();
        var behavior = new AuthorizationBehavior<CaseworkerOnlyQuery, string>(FakeCurrentUser.Resident(Guid.NewGuid()));

        var exception = await Record.ExceptionAsync(() => behavior.Handle(new CaseworkerOnlyQuery(), CancellationToken.None, next.Invoke));

        Assert.IsType<ForbiddenAccessException>(exception);
        Assert.False(next.WasCalled);
    }

    [Fact]
    public async Task Handle_WhenCallerHasTheRole_CallsNext()
    {
        var next = new RecordingNext();
        var behavior = new AuthorizationBehavior<CaseworkerOnlyQuery, string>(FakeCurrentUser.Caseworker("civil", "530102"));

        var response = await behavior.Handle(new CaseworkerOnlyQuery(), CancellationToken.None, next.Invoke);

        Assert.True(next.WasCalled);
        Assert.Equal(RecordingNext.Response, response);
    }

    [Theory]
    [InlineData(Role.Resident)]
    [InlineData(Role.Supervisor)]
    public async Task Handle_WhenCallerHasAnyOfTheListedRoles_CallsNext(Role role)
    {
        var next = new RecordingNext();
        var behavior = new AuthorizationBehavior<ResidentOrSupervisorQuery, string>(new FakeCurrentUser(true, Guid.NewGuid(), role));

        await behavior.Handle(new ResidentOrSupervisorQuery(), CancellationToken.None, next.Invoke);

        Assert.True(next.WasCalled);
    }

    [Fact]
    public async Task Handle_WhenAttributeNamesNoRoleAndCallerIsSignedIn_CallsNext()
    {
        var next = new RecordingNext();
        var behavior = new AuthorizationBehavior<SignedInQuery, string>(FakeCurrentUser.Administrator());

        await behavior.Handle(new SignedInQuery(), CancellationToken.None, next.Invoke);

        Assert.True(next.WasCalled);
    }

    [Fact]
    public async Task Handle_WhenRequestHasNoAttribute_CallsNextForAnonymousCaller()
    {
        var next = new RecordingNext();
        var behavior = new AuthorizationBehavior<PublicQuery, string>(FakeCurrentUser.Anonymous);

        var response = await behavior.Handle(new PublicQuery(), CancellationToken.None, next.Invoke);

        Assert.True(next.WasCalled);
        Assert.Equal(RecordingNext.Response, response);
    }

    [Authorize(Role.Caseworker)]
    internal sealed record CaseworkerOnlyQuery : IRequest<string>;

    [Authorize(Role.Resident, Role.Supervisor)]
    internal sealed record ResidentOrSupervisorQuery : IRequest<string>;

    [Authorize]
    internal sealed record SignedInQuery : IRequest<string>;

    internal sealed record PublicQuery : IRequest<string>;

    private sealed class RecordingNext
    {
        public const string Response = "handled";

        public bool WasCalled { get; private set; }

        public Task<string> Invoke()
        {
            WasCalled = true;
            return Task.FromResult(Response);
        }
    }
}
