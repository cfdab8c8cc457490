namespace SachSong.Core.Linkage;

/// <summary>
/// The generic probabilistic linker: trains a Fellegi–Sunter model on a left and a right table as <see cref="LinkageSpec"/>
/// says (u from random pairs, m by EM per training rule, λ from the match share the rules find), then scores the candidates
/// of left rows. Pure and deterministic: the same tables and spec give the same model and scores.
/// </summary>
public sealed class Linker
{
    private readonly LinkageSpec _spec;
    private readonly LinkageTable _left;
    private readonly LinkageTable _right;
    private readonly PairComparer _comparer;
    private readonly CandidateFinder _finder;
    private readonly TextColumnPair[] _tf;
    private readonly int[] _tfComparison;
    private readonly bool[] _isText;

    /// <exception cref="ArgumentException">When the spec does not fit the tables.</exception>
    public Linker(LinkageSpec spec, LinkageTable left, LinkageTable right)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        spec.Validate(left, right);
        _spec = spec;
        _left = left;
        _right = right;
        _comparer = new PairComparer(spec, left, right);
        _finder = new CandidateFinder(left, right);
        var tf = new List<TextColumnPair>();
        var tfComparison = new List<int>();
        for (var k = 0; k < spec.Comparisons.Count; k++)
        {
            var c = spec.Comparisons[k];
            if (c.Kind != ComparisonKind.Text || !c.TermFrequency) continue;
            tf.Add(new TextColumnPair(left.Column<TextColumn>(c.LeftColumn), right.Column<TextColumn>(c.RightColumn)));
            tfComparison.Add(k);
        }
        _tf = [.. tf];
        _tfComparison = [.. tfComparison];
        _isText = spec.Comparisons.Select(c => c.Kind == ComparisonKind.Text).ToArray();
    }

    /// <summary>Statistics of the last <see cref="Train"/>: pairs per training rule and EM iterations.</summary>
    public IReadOnlyList<string> TrainingLog { get; private set; } = [];

    /// <summary>The level of comparison <paramref name="comparison"/> for a pair (-1 when a value is missing).</summary>
    public int Level(int comparison, int left, int right) => _comparer.Level(comparison, left, right);

    /// <summary>Trains the model. <paramref name="rows"/> are the left rows that may train it (default: all).</summary>
    public FellegiSunterModel Train(IReadOnlyList<int>? rows = null)
    {
        var k = _spec.Comparisons.Count;
        var log = new List<string>();
        var u = EstimateU();
        var initial = _spec.Comparisons.Select(c => (IReadOnlyList<double>)Normalise(c.DefaultM().ToArray())).ToArray();
        var eligible = rows ?? Enumerable.Range(0, _left.Count).ToArray();
        var sample = Sample(eligible, _spec.TrainingRows);
        var mSum = new double[k][];
        var mSessions = new int[k];
        for (var c = 0; c < k; c++) mSum[c] = new double[initial[c].Count];
        var share = 0.0;
        if (sample.Length >= _spec.MinTrainingRows && _right.Count > 0)
        {
            foreach (var rule in _spec.TrainingRules)
            {
                var active = _spec.Comparisons.Select(c => !rule.Uses(c)).ToArray();
                var found = _finder.Find(sample, [rule], []);
                var vectors = new List<sbyte[]>();
                for (var i = 0; i < sample.Length; i++)
                    foreach (var r in found.Candidates[i])
                    {
                        var v = new sbyte[k];
                        _comparer.Levels(sample[i], r, v);
                        vectors.Add(v);
                    }
                if (vectors.Count == 0)
                {
                    log.Add($"{rule.Name}: no pairs");
                    continue;
                }
                var (patterns, counts) = ExpectationMaximisation.Compress(vectors);
                var em = ExpectationMaximisation.Run(patterns, counts, active, initial, u, 0.5, _spec.MaxIterations, _spec.Tolerance);
                for (var c = 0; c < k; c++)
                {
                    if (!active[c]) continue;
                    mSessions[c]++;
                    for (var l = 0; l < mSum[c].Length; l++) mSum[c][l] += em.M[c][l];
                }
                var matches = em.Lambda * vectors.Count;
                share = Math.Max(share, matches / sample.Length);
                log.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"{rule.Name}: {vectors.Count} pairs, {patterns.Count} patterns, {em.Iterations} iterations{(em.Converged ? "" : " (not converged)")}, expected matches {matches:F0} of {sample.Length} rows"));
            }
        }
        if (share <= 0) share = 0.9;
        share = Math.Clamp(share, 0.01, 1.0);
        var models = new ComparisonModel[k];
        for (var c = 0; c < k; c++)
        {
            var spec = _spec.Comparisons[c];
            var m = mSessions[c] > 0 ? Normalise(mSum[c].Select(x => x / mSessions[c]).ToArray()) : initial[c].ToArray();
            models[c] = new ComparisonModel(spec.Name, spec.LevelNames, m, u[c], mSessions[c] > 0);
        }
        var lambda = Math.Clamp(share / Math.Max(1, _right.Count), 1e-12, 0.5);
        TrainingLog = log;
        return new FellegiSunterModel(lambda, models);
    }

    /// <summary>Candidates below this match probability are not kept: no threshold or display goes that low.</summary>
    public const double MinScoredProbability = 1e-6;

    private static readonly double MinScoredLogOdds = Math.Log(MinScoredProbability / (1 - MinScoredProbability));

    /// <summary>Term-frequency adjustment lowers an agreeing value's u at most to u/50: one very rare name is not proof alone.</summary>
    private static readonly double TermFrequencyCap = Math.Log(50);

    /// <summary>
    /// Scores candidates of the given left rows, best first (at most <paramref name="maxCandidates"/> each, none below
    /// <see cref="MinScoredProbability"/>).
    /// </summary>
    /// <param name="rows">Left rows to score.</param>
    /// <param name="model">A trained model for this spec.</param>
    /// <param name="maxCandidates">How many candidates to keep per row.</param>
    /// <param name="extra">Right rows to score for a row besides those the blocking rules find (may be null).</param>
    public ScoredCandidate[][] Score(IReadOnlyList<int> rows, FellegiSunterModel model, int maxCandidates, Func<int, IEnumerable<int>>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCandidates, 1);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var found = _finder.Find(rows, _spec.BlockingRules, _tf);
        BlockPairs = found.BlockPairs;
        var findTime = watch.ElapsedMilliseconds;
        var bestTextGain = BestTextGain(model);
        var result = new ScoredCandidate[rows.Count][];
        var n = _right.Count;
        Parallel.For(0, rows.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, () => new List<ScoredCandidate>(),
            (i, _, buffer) =>
            {
                buffer.Clear();
                var row = rows[i];
                var candidates = found.Candidates[i];
                IEnumerable<int> all = extra is null ? candidates : candidates.Union(extra(row));
                var tfWeights = new double[_tf.Length];
                for (var t = 0; t < _tf.Length; t++)
                {
                    var h = _tf[t].Left.FoldedHash(row);
                    var count = h != 0 && found.TermCounts[t].TryGetValue(h, out var c) ? c : 0;
                    tfWeights[t] = Math.Log(Math.Max(1, count) / (double)Math.Max(1, n));
                }
                foreach (var r in all)
                {
                    if (Weight(model, row, r, tfWeights, bestTextGain) is not { } w) continue;
                    buffer.Add(new ScoredCandidate(r, FellegiSunterModel.Probability(w), w / Math.Log(2)));
                }
                buffer.Sort(static (a, b) => a.Weight != b.Weight ? b.Weight.CompareTo(a.Weight) : a.Right.CompareTo(b.Right));
                result[i] = buffer.Count <= maxCandidates ? [.. buffer] : buffer.GetRange(0, maxCandidates).ToArray();
                return buffer;
            },
            _ => { });
        ScoringLog = [string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"candidates: {found.Candidates.Sum(c => (long)c.Length)} pairs found in {findTime} ms, scored in {watch.ElapsedMilliseconds - findTime} ms")];
        return result;
    }

    /// <summary>Statistics of the last <see cref="Score"/>: distinct pairs, time to find and to score them.</summary>
    public IReadOnlyList<string> ScoringLog { get; private set; } = [];

    /// <summary>Pairs each blocking rule proposed in the last <see cref="Score"/> (before removing repeats).</summary>
    public IReadOnlyList<int> BlockPairs { get; private set; } = [];

    /// <summary>
    /// A pair's match weight (natural log odds), or null when it cannot reach <see cref="MinScoredProbability"/>: the cheap
    /// comparisons are summed first, and the text comparisons (the costly ones) are skipped when even their best level
    /// could not lift the pair to that floor. The bound is exact, so no pair at or above the floor is lost.
    /// </summary>
    private double? Weight(FellegiSunterModel model, int l, int r, double[] tfLog, double[] bestTextGain)
    {
        var w = model.LogPriorOdds;
        var bound = 0.0;
        for (var k = 0; k < _comparer.Count; k++)
        {
            if (_isText[k])
            {
                bound += bestTextGain[k];
                continue;
            }
            var level = _comparer.Level(k, l, r);
            if (level >= 0) w += model.LogM(k, level) - model.LogU(k, level);
        }
        if (w + bound < MinScoredLogOdds) return null;
        for (var k = 0; k < _comparer.Count; k++)
        {
            if (!_isText[k]) continue;
            var level = _comparer.Level(k, l, r);
            if (level < 0) continue;
            var t = Array.IndexOf(_tfComparison, k);
            if (t >= 0 && level <= 1)
                w += model.LogM(k, level) - Math.Max(tfLog[t], model.LogU(k, level) - TermFrequencyCap);
            else
                w += model.LogM(k, level) - model.LogU(k, level);
        }
        return w;
    }

    /// <summary>Per comparison, the largest weight any level can add (term-frequency adjustment included; at least 0, a missing value).</summary>
    private double[] BestTextGain(FellegiSunterModel model)
    {
        var gain = new double[_comparer.Count];
        for (var k = 0; k < gain.Length; k++)
        {
            if (!_isText[k]) continue;
            var tf = Array.IndexOf(_tfComparison, k) >= 0;
            for (var level = 0; level < model.Comparisons[k].Levels.Count; level++)
            {
                var u = model.LogU(k, level) - (tf && level <= 1 ? TermFrequencyCap : 0);
                gain[k] = Math.Max(gain[k], model.LogM(k, level) - u);
            }
        }
        return gain;
    }

    private double[][] EstimateU()
    {
        var k = _spec.Comparisons.Count;
        var counts = new long[k][];
        for (var c = 0; c < k; c++) counts[c] = new long[_spec.Comparisons[c].LevelNames.Count];
        if (_left.Count > 0 && _right.Count > 0)
        {
            var pairs = _spec.RandomPairs;
            var parts = Environment.ProcessorCount;
            var partCounts = new long[parts][][];
            Parallel.For(0, parts, p =>
            {
                var local = new long[k][];
                for (var c = 0; c < k; c++) local[c] = new long[counts[c].Length];
                var rng = new SplitMix(_spec.Seed + (ulong)p);
                Span<sbyte> levels = stackalloc sbyte[k];
                var from = (int)((long)pairs * p / parts);
                var to = (int)((long)pairs * (p + 1) / parts);
                for (var i = from; i < to; i++)
                {
                    var l = rng.Next(_left.Count);
                    var r = rng.Next(_right.Count);
                    _comparer.Levels(l, r, levels);
                    for (var c = 0; c < k; c++)
                        if (levels[c] >= 0) local[c][levels[c]]++;
                }
                partCounts[p] = local;
            });
            foreach (var local in partCounts)
                for (var c = 0; c < k; c++)
                    for (var l = 0; l < counts[c].Length; l++) counts[c][l] += local[c][l];
        }
        var u = new double[k][];
        for (var c = 0; c < k; c++)
        {
            var total = counts[c].Sum();
            // A level never seen among random pairs gets half a pair, so its weight stays finite.
            u[c] = Normalise(counts[c].Select(x => (x + (x == 0 ? 0.5 : 0)) / Math.Max(1.0, total)).ToArray());
        }
        return u;
    }

    private static int[] Sample(IReadOnlyList<int> rows, int size)
    {
        if (rows.Count <= size) return [.. rows];
        var sample = new int[size];
        for (var i = 0; i < size; i++) sample[i] = rows[(int)((long)i * rows.Count / size)];
        return sample;
    }

    private static double[] Normalise(double[] p)
    {
        for (var i = 0; i < p.Length; i++) p[i] = Math.Max(p[i], ExpectationMaximisation.Floor);
        var sum = p.Sum();
        for (var i = 0; i < p.Length; i++) p[i] /= sum;
        return p;
    }
}
