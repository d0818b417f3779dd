using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: Xunit.TestFramework("ReliefPlatform.Api.FunctionalTests.Infrastructure.ProviderTestFramework", "ReliefPlatform.Api.FunctionalTests")]

namespace ReliefPlatform.Api.FunctionalTests.Infrastructure;

/// <summary>
/// xunit's own framework, except that without <c>RELIEF_TEST_SQLSERVER</c> every test method of a class
/// on a <see cref="SqlServerApiFactory"/> is reported skipped, with the reason, instead of failing to
/// reach a server (xunit 2 has no skip decided at run time). Nothing else changes: with the variable
/// set, the SQL Server classes are discovered and run like the SQLite and PostgreSQL ones.
/// </summary>
public sealed class ProviderTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo) =>
        new Discoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Discoverer(IAssemblyInfo assemblyInfo, ISourceInformationProvider sourceProvider, IMessageSink diagnosticMessageSink)
        : XunitTestFrameworkDiscoverer(assemblyInfo, sourceProvider, diagnosticMessageSink)
    {
        protected override bool FindTestsForType(ITestClass testClass, bool includeSourceInformation, IMessageBus messageBus, ITestFrameworkDiscoveryOptions discoveryOptions)
        {
            if (SqlServerDatabase.SkipReason is null || !OnSqlServer(testClass.Class.ToRuntimeType()))
            {
                return base.FindTestsForType(testClass, includeSourceInformation, messageBus, discoveryOptions);
            }

            // One skipped case per test method (a theory's rows are not expanded): each names its reason.
            foreach (var method in testClass.Class.GetMethods(includePrivateMethods: false))
            {
                if (method.GetCustomAttributes(typeof(Xunit.FactAttribute)).Any())
                {
                    var testCase = new SqlServerSkippedTestCase(
                        DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), new TestMethod((TestClass)testClass, method));
                    if (!ReportDiscoveredTestCase(testCase, includeSourceInformation, messageBus))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private static bool OnSqlServer(Type type) => type.GetInterfaces().Any(i =>
            i.IsGenericType && i.GetGenericTypeDefinition() == typeof(Xunit.IClassFixture<>) && typeof(SqlServerApiFactory).IsAssignableFrom(i.GetGenericArguments()[0]));
    }
}

/// <summary>A test of a SQL Server class, skipped while <c>RELIEF_TEST_SQLSERVER</c> is not set.</summary>
public sealed class SqlServerSkippedTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public SqlServerSkippedTestCase()
    {
    }

    public SqlServerSkippedTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay display, TestMethodDisplayOptions displayOptions, ITestMethod testMethod)
        : base(diagnosticMessageSink, display, displayOptions, testMethod)
    {
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) => SqlServerDatabase.SkipReason ?? base.GetSkipReason(factAttribute);
}
