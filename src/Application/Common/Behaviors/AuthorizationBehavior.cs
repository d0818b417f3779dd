using System.Collections.Concurrent;
using System.Reflection;
using MediatR;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Security;

namespace ReliefPlatform.Application.Common.Behaviors;

internal sealed class AuthorizationBehavior<TRequest, TResponse>(ICurrentUser user) : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly ConcurrentDictionary<Type, AuthorizeAttribute[]> Attributes = new();

    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var rules = Attributes.GetOrAdd(typeof(TRequest), t => t.GetCustomAttributes<AuthorizeAttribute>().ToArray());
        if (rules.Length == 0)
        {
            return next();
        }

        if (!user.IsAuthenticated)
        {
            throw new UnauthorizedAccessException();
        }

        foreach (var rule in rules)
        {
            if (rule.Roles.Count > 0 && (user.Role is not { } role || !rule.Roles.Contains(role)))
            {
                throw new ForbiddenAccessException();
            }
        }

        return next();
    }
}
