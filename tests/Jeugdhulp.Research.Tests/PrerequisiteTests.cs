namespace Jeugdhulp.Research.Tests;

/// <summary>
/// The rule of tests/Prerequisites.cs: a missing prerequisite skips a test visibly on a developer's machine and fails
/// it, naming what is missing, on CI. (CiRunTests shows the same for .ci/run as a whole.)
/// </summary>
public class PrerequisiteTests
{
    private const string Missing = "the reference material ../shared/interop/refi-qda/Project.xsd is absent";

    [Theory]
    [InlineData("true", true)]
    [InlineData("1", true)]
    [InlineData("yes", true)]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("0", false)]
    [InlineData("false", false)]
    [InlineData("FALSE", false)]
    public void CI_is_on_for_any_value_but_unset_empty_0_or_false(string? value, bool onCi) =>
        Assert.Equal(onCi, Prerequisite.IsCi(value));

    [Fact]
    public void Off_CI_a_missing_prerequisite_skips_the_test_with_the_reason() =>
        Assert.Equal("SKIPPED (prerequisite missing): " + Missing + ".", Prerequisite.SkipReason(Missing, onCi: false));

    [Fact]
    public void On_CI_a_test_with_a_missing_prerequisite_runs_and_fails_naming_it()
    {
        Assert.Null(Prerequisite.SkipReason(Missing, onCi: true)); // not skipped: the test body runs
        var e = Assert.Throws<PrerequisiteMissingException>(() => Prerequisite.Require(Missing));
        Assert.Equal("CI is set, so a missing prerequisite fails the run: " + Missing + ".", e.Message);
    }

    [Fact]
    public void Nothing_missing_neither_skips_nor_fails()
    {
        Assert.Null(Prerequisite.SkipReason(null, onCi: false));
        Assert.Null(Prerequisite.SkipReason(null, onCi: true));
        Prerequisite.Require(null);
    }

    [Fact]
    public void A_missing_shared_file_is_named_with_where_it_was_looked_for()
    {
        var shared = Prerequisite.SharedMissing("interop/no-such-file.xsd");
        Assert.NotNull(shared);
        Assert.Contains("../shared/interop/no-such-file.xsd is absent", shared);
        Assert.Contains(Prerequisite.SharedPath("interop", "no-such-file.xsd"), shared);
    }
}
