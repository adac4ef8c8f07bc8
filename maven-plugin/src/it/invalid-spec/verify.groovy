// The failed build names every problem of every spec, each with the spec's path in the
// project, and generated nothing, not even the valid spec's class.
def log = new File(basedir, 'build.log').text
def expected = '''\
 (default) on project invalid-spec: mlpgen: 3 problems in 2 specs; fix them and build again:
[ERROR]   src/main/mlpgen/ZeroBatch.mlp.json: batch must be between 1 and 4096, was 0
[ERROR]   src/main/mlpgen/more/BadShape.mlp.yaml: hidden must have between 1 and 16 entries,\
 was 0 entries
[ERROR]   src/main/mlpgen/more/BadShape.mlp.yaml: backend must be scalar or vector, was "gpu"
[ERROR] -> [Help 1]
'''
assert log.contains(
    '[ERROR] Failed to execute goal io.github.mlpgen:mlpgen-maven-plugin:') : 'no failure'
assert log.contains(expected) : 'the failure does not list the three problems as expected'
assert !(log =~ /\n\s+at io\.github\.mlpgen/) : 'the failure shows a stack trace'
assert !new File(basedir, 'target/generated-sources/mlpgen').exists() : 'something was generated'
return true
