using MediatR;

namespace ReliefPlatform.Application.Common.Messaging;

/// <summary>A request that only reads: it never saves, writes in bulk, audits or starts a job (an architecture test holds it to that).</summary>
public interface IQuery<out TResponse> : IRequest<TResponse>;
